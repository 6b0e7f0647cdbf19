import { concurrencySuite } from './concurrency'
import { createPostgresDatabase } from './helpers/databases'

concurrencySuite('postgres', createPostgresDatabase)
