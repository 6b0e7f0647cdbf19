import type { Role } from '@/access/roles'
import { paragraphsToRichText } from '@/seed/richText'

import { PASSWORD, type SecurityContext } from '../security/context'
import { rest, type RestOptions } from '../security/rest'

/** REST as a new staff member of this role, or as a visitor. */
export async function restAs(context: SecurityContext, role: Role | 'visitor') {
  let authorization: Record<string, string> = {}
  if (role !== 'visitor') {
    const user = await context.staff(role)
    const { token } = await context.payload.login({
      collection: 'users',
      data: { email: user.email, password: PASSWORD },
    })
    authorization = { Authorization: `JWT ${token}` }
  }
  return (method: string, path: string, options: RestOptions = {}) =>
    rest(method, path, { ...options, headers: { ...authorization, ...options.headers } })
}

/** A press release published in Kazakh, through the site's own code. */
export function publishedRelease(context: SecurityContext, slug = context.unique('release')) {
  return context.payload.create({
    collection: 'press-releases',
    locale: 'kk',
    data: {
      title: `Тақырып ${slug}`,
      slug,
      summary: 'Қысқаша',
      body: paragraphsToRichText(['Мәтін']),
      publishedAt: new Date().toISOString(),
      _status: 'published',
    },
  })
}
