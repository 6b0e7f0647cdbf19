import { createSqliteDatabase } from './helpers/databases'
import { publishingSuite } from './publishing'

publishingSuite('sqlite', createSqliteDatabase)
