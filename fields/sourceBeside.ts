import type { CustomComponent } from 'payload'

/**
 * The source language's text above a localized field while another language is edited, with a button copying it in
 * (components/admin/SourceBeside.client.tsx). For the top-level text, textarea and rich-text fields translators write.
 */
export function sourceBeside(path: string): CustomComponent[] {
  return [{ path: '@/components/admin/SourceBeside.client#SourceBeside', clientProps: { path } }]
}
