import { createSqliteDatabase } from './helpers/databases'
import { publicServiceSuite } from './publicService/index'

publicServiceSuite('sqlite', createSqliteDatabase)
