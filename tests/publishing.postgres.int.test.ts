import { createPostgresDatabase } from './helpers/databases'
import { publishingSuite } from './publishing'

publishingSuite('postgres', createPostgresDatabase)
