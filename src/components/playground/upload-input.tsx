interface UploadInputProps {
  /** What to pick and its limits, e.g. "Image (PNG, JPEG or WebP, up to 10 MB)". */
  label: string
  accept: string
  onFile: (file: File | undefined) => void
}

/** The media tabs' labelled file input: hands over the first picked file (or none). */
export function UploadInput({ label, accept, onFile }: UploadInputProps) {
  return (
    <label className="flex flex-col gap-1 text-xs text-muted">
      {label}
      <input
        type="file"
        accept={accept}
        onChange={(e) => onFile(e.target.files?.[0])}
        className="text-sm"
      />
    </label>
  )
}
