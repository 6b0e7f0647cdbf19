import { concurrencySuite } from './concurrency/index'
import { createSqliteDatabase } from './helpers/databases'

concurrencySuite('sqlite', createSqliteDatabase)
