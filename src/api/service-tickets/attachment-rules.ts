/*
 * What may be attached, checked in the browser before upload and again by the sandbox.
 * The document: "Files that are executable are not permitted as attachments."
 */

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const EXECUTABLE_EXTENSIONS = [
  'exe',
  'com',
  'bat',
  'cmd',
  'msi',
  'msp',
  'scr',
  'pif',
  'cpl',
  'dll',
  'sys',
  'vbs',
  'vbe',
  'js',
  'jse',
  'wsf',
  'wsh',
  'ps1',
  'psm1',
  'sh',
  'bash',
  'zsh',
  'csh',
  'ksh',
  'run',
  'app',
  'apk',
  'jar',
  'elf',
  'deb',
  'rpm',
  'dmg',
  'pkg',
  'command',
  'gadget',
  'hta',
  'lnk',
  'reg',
  'inf',
  'scf',
  'appimage',
  'msc',
  'mst',
  'msix',
  'msixbundle',
  'appx',
  'appxbundle',
  'xbap',
  'ipa',
  'wsc',
  'vb',
  'psd1',
  'ps1xml',
  'psc1',
  'mjs',
  'cjs',
  // Scripts an installed interpreter runs when the file is opened.
  'py',
  'pyw',
  'pyc',
  'pyo',
  'pyz',
  'pl',
  'pm',
  'rb',
  'php',
  'phar',
  'cgi',
  'tcl',
  'lua',
  'applescript',
  'scpt',
  // Shortcuts, deployment manifests and add-ins that run code when opened.
  'url',
  'website',
  'settingcontent-ms',
  'library-ms',
  'application',
  'appref-ms',
  'jnlp',
  'ws',
  'xll',
  'chm',
  'desktop',
  // Office files that carry macros.
  'docm',
  'dotm',
  'xlsm',
  'xltm',
  'xlam',
  'pptm',
  'potm',
  'ppam',
  'sldm',
  // Disk images: opening one mounts it, and what is inside runs without the download's warning.
  'iso',
  'vhd',
  'vhdx',
] as const;

const EXECUTABLE_TYPES = new Set([
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-ms-installer',
  'application/x-msi',
  'application/x-executable',
  'application/x-elf',
  'application/x-sharedlib',
  'application/x-mach-binary',
  'application/x-sh',
  'application/x-shellscript',
  'application/x-bat',
  'application/java-archive',
  'application/vnd.android.package-archive',
  'application/x-apple-diskimage',
  'text/javascript',
  'application/javascript',
  'application/x-powershell',
  'text/x-python',
  'text/x-script.python',
  'application/x-python-code',
  'text/x-perl',
  'application/x-perl',
  'text/x-ruby',
  'application/x-ruby',
  'text/x-php',
  'application/x-php',
  'application/x-httpd-php',
]);

/**
 * The extension the file is saved with. Windows drops trailing dots and spaces from a name
 * ("a.exe." and "a.exe " are saved as a.exe), so they are dropped before looking.
 */
export function extensionOf(fileName: string): string {
  const name = fileName.replace(/[.\s]+$/u, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Whether a file name would be saved as a program. Windows saves `run.exe::$DATA` (or
 * `run.exe:x`, a stream of it) as `run.exe`, and a browser saves `notes.txt:run.exe` as
 * `notes.txt_run.exe`: the name before its first colon and the whole name both count.
 */
export function isExecutableName(fileName: string): boolean {
  const executable = (name: string) =>
    (EXECUTABLE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
  return executable(fileName) || executable(fileName.split(':')[0] ?? '');
}

/** Magic numbers of native executables and scripts: MZ (Windows), ELF, Mach-O, `#!`. */
export function hasExecutableSignature(head: Uint8Array): boolean {
  const [a, b, c, d] = head;
  if (a === 0x4d && b === 0x5a) return true; // MZ
  if (a === 0x7f && b === 0x45 && c === 0x4c && d === 0x46) return true; // \x7fELF
  if (a === 0x23 && b === 0x21) return true; // #!
  const magic = ((a ?? 0) << 24) | ((b ?? 0) << 16) | ((c ?? 0) << 8) | (d ?? 0);
  const machO = [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].map((m) => m | 0);
  return machO.includes(magic);
}

export type AttachmentProblem =
  { reason: 'executable' } | { reason: 'too-large'; limit: number } | { reason: 'empty' };

/** Checks name, declared type and (when given) the first bytes of a file. */
export function checkAttachment(file: {
  name: string;
  type: string;
  size: number;
  head?: Uint8Array;
}): AttachmentProblem | null {
  if (isExecutableName(file.name)) return { reason: 'executable' };
  if (EXECUTABLE_TYPES.has(file.type.toLowerCase().split(';')[0]?.trim() ?? ''))
    return { reason: 'executable' };
  if (file.head && hasExecutableSignature(file.head)) return { reason: 'executable' };
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > MAX_ATTACHMENT_BYTES) return { reason: 'too-large', limit: MAX_ATTACHMENT_BYTES };
  return null;
}
