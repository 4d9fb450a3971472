// A SQL query builder whose methods take &mut self and return &mut Self, chained like JavaScript.
struct QueryBuilder {
    table: String,
    columns: Vec<String>,
    conditions: Vec<String>,
    order: Option<String>,
    limit: Option<usize>,
}

impl QueryBuilder {
    fn new(table: &str) -> QueryBuilder {
        QueryBuilder { table: table.to_string(), columns: Vec::new(), conditions: Vec::new(), order: None, limit: None }
    }

    fn select(&mut self, cols: &[&str]) -> &mut Self {
        for c in cols {
            self.columns.push(c.to_string());
        }
        self
    }

    fn where_eq(&mut self, col: &str, value: &str) -> &mut Self {
        self.conditions.push(format!("{} = '{}'", col, value));
        self
    }

    fn where_gt(&mut self, col: &str, value: i32) -> &mut Self {
        self.conditions.push(format!("{} > {}", col, value));
        self
    }

    fn order_by(&mut self, col: &str) -> &mut Self {
        self.order = Some(col.to_string());
        self
    }

    fn limit(&mut self, n: usize) -> &mut Self {
        self.limit = Some(n);
        self
    }

    fn build(&self) -> String {
        let cols = if self.columns.is_empty() { "*".to_string() } else { self.columns.join(", ") };
        let mut sql = format!("SELECT {} FROM {}", cols, self.table);
        if !self.conditions.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&self.conditions.join(" AND "));
        }
        if let Some(o) = &self.order {
            sql += &format!(" ORDER BY {}", o);
        }
        if let Some(n) = self.limit {
            sql += &format!(" LIMIT {}", n);
        }
        sql
    }
}

fn main() {
    let mut q = QueryBuilder::new("users");
    q.select(&["id", "name"]).where_eq("country", "FR").where_gt("age", 18).order_by("name").limit(10);
    println!("{}", q.build());

    let mut all = QueryBuilder::new("orders");
    println!("{}", all.build());
    all.where_gt("total", 100);
    println!("{}", all.build());
    all.limit(5).select(&["id"]);
    let sql = all.build();
    println!("{} ({} chars)", sql, sql.len());

    let tables = ["a", "b", "c"];
    let queries: Vec<String> = tables
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut b = QueryBuilder::new(t);
            b.limit(i + 1);
            b.build()
        })
        .collect();
    for s in &queries {
        println!("{}", s);
    }
}
