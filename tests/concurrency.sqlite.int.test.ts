import { concurrencySuite } from './concurrency'
import { createSqliteDatabase } from './helpers/databases'

concurrencySuite('sqlite', createSqliteDatabase)
