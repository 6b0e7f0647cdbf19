import { notFound } from 'next/navigation'

// Any path under a language that no page answers gets that language's "not found" page.
export default function CatchAll() {
  notFound()
}
