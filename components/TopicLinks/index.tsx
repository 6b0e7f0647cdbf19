import { Link } from '@/components/Link'
import { paths } from '@/lib/pages/paths'
import type { Topic } from '@/payload-types'

/** Topics as links to the releases filtered by each. */
export function TopicLinks({ topics }: { topics: Topic[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-2">
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link
            href={{ pathname: paths.pressReleases(), query: { topic: topic.slug } }}
            className="inline-block rounded-full border border-ministry-600 px-3 py-1 text-sm text-ministry-800 hover:bg-ministry-50"
          >
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
