using System.Runtime.InteropServices;

namespace EditionGen.Publish;

/// <summary>
/// A second name for an existing file, so that an unchanged file of the previous output is carried into the
/// staging folder without copying its bytes. Where a link cannot be made (another file system, Windows
/// without the right, a file system without links) the file is copied instead.
/// </summary>
internal static class HardLink
{
    public static void CreateOrCopy(string existing, string link)
    {
        if (!TryCreate(existing, link))
        {
            File.Copy(existing, link);
        }
    }

    private static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("kernel32.dll", EntryPoint = "CreateHardLinkW", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
}
