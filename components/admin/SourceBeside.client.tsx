'use client'

import { useDocumentInfo, useField, useForm, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { inAdminLanguage } from '@/i18n/admin/labels/text'
import { translationText } from '@/i18n/admin/labels/translation'
import { isLocale, localeNames, locales, type Locale } from '@/i18n/locales'

interface Props {
  /** The field this stands above: a localized text, textarea or rich text. */
  path: string
}

/** A rich text's words, paragraph by paragraph, to read beside the editor. */
function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const node = value as { text?: unknown; children?: unknown[]; root?: unknown; type?: string }
  if (node.root) return plainText(node.root)
  if (typeof node.text === 'string') return node.text
  const children = (node.children ?? []).map(plainText)
  return node.type === 'root' ? children.join('\n\n') : children.join('')
}

/**
 * Above a localized field, while editing a language other than the text's source: the source's current text,
 * read-only, and a button that copies it in as a starting point. Read through REST as the signed-in staff member, so
 * it shows what they may read. Media have no source language: the first other language described stands in.
 */
export function SourceBeside({ path }: Props) {
  const { code } = useLocale()
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { setValue } = useField({ path })
  const { dispatchFields, setModified } = useForm()
  const chosenSource = useFormFields(([fields]) => fields.sourceLanguage?.value)
  const [values, setValues] = useState<Partial<Record<Locale, unknown>> | null>(null)

  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    const controller = new AbortController()
    const query = new URLSearchParams({ locale: 'all', draft: 'true', depth: '0' })
    query.set(`select[${path}]`, 'true')
    fetch(`/api/${collectionSlug}/${id}?${query.toString()}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: Record<string, unknown> | null) => {
        const field = doc?.[path]
        setValues(field && typeof field === 'object' ? (field as Partial<Record<Locale, unknown>>) : {})
      })
      .catch(() => {
        // Aborted when the form changes language or closes; a failed read shows nothing rather than a wrong source.
      })
    return () => controller.abort()
  }, [id, collectionSlug, path])

  const source: Locale | undefined = isLocale(chosenSource)
    ? chosenSource
    : locales.find((locale) => locale !== code && plainText(values?.[locale]).trim())
  if (!source || source === code || !values) return null
  const sourceValue = values[source]
  const text = plainText(sourceValue).trim()
  const language = i18n.language
  const copyIn = () => {
    const copy: unknown = structuredClone(sourceValue)
    if (copy === null || typeof copy !== 'object') return setValue(copy)
    // The rich-text editor re-reads its content only when the field's initial value changes; a new value alone would
    // be saved while the editor went on showing the old text.
    dispatchFields({ type: 'UPDATE', path, value: copy, initialValue: copy })
    setModified(true)
  }
  return (
    <div
      data-source-beside={path}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '0.5rem 0.75rem',
        marginBottom: '0.5rem',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <p style={{ margin: 0, fontWeight: 600 }}>
        {inAdminLanguage(translationText.sourceText, language)} ({localeNames[source]})
      </p>
      {text ? (
        <p lang={source} style={{ margin: '0.25rem 0', whiteSpace: 'pre-wrap' }} aria-readonly="true">
          {text}
        </p>
      ) : (
        <p style={{ margin: '0.25rem 0', opacity: 0.75 }}>
          {inAdminLanguage(translationText.sourceEmpty, language)}
        </p>
      )}
      {text ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={copyIn}>
          {inAdminLanguage(translationText.copySource, language)}
        </button>
      ) : null}
    </div>
  )
}
