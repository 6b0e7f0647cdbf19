/*
 * Payload's template, with two additions: the trash of a collection that keeps none is not found, and an address
 * whose query its view cannot use is refused, before Payload reads either.
 */
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import { getRequestLanguage, parseCookies } from 'payload'

import { RefusedAdminQuery } from '@/components/admin/RefusedAdminQuery'
import { isTrashOfCollectionWithout, refusedAdminQuery } from '@/lib/protection/adminQuery'

import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

const Page = async ({ params, searchParams }: Args) => {
  const sanitized = await config
  const { segments } = await params
  if (isTrashOfCollectionWithout(sanitized, segments)) notFound()
  const refusal = refusedAdminQuery(sanitized, segments, await searchParams)
  if (refusal) {
    const requestHeaders = await headers()
    const cookies = parseCookies(requestHeaders)
    const language = getRequestLanguage({ config: sanitized, cookies, headers: requestHeaders })
    return <RefusedAdminQuery refusal={refusal} language={language} />
  }
  return RootPage({ config, params, searchParams, importMap })
}

export default Page
