// Java static fields and methods ported to associated consts, associated functions and an explicit registry struct.
use std::fmt;

struct Product {
    id: u32,
    name: String,
    category: Category,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Food,
    Tool,
    Toy,
}

impl Category {
    const ALL: [Category; 3] = [Category::Food, Category::Tool, Category::Toy];

    fn code(self) -> char {
        match self {
            Category::Food => 'F',
            Category::Tool => 'T',
            Category::Toy => 'Y',
        }
    }
}

impl Product {
    const MAX_NAME: usize = 8;
    const PREFIX: &'static str = "PRD";

    fn sku(&self) -> String {
        format!("{}-{}{:04}", Product::PREFIX, self.category.code(), self.id)
    }

    fn short_name(&self) -> String {
        if self.name.len() > Self::MAX_NAME {
            format!("{}...", &self.name[..Self::MAX_NAME])
        } else {
            self.name.clone()
        }
    }
}

impl fmt::Display for Product {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} {:<11} {:?}", self.sku(), self.short_name(), self.category)
    }
}

struct ProductFactory {
    next_id: u32,
    created: Vec<Product>,
}

impl ProductFactory {
    fn new(first_id: u32) -> ProductFactory {
        ProductFactory { next_id: first_id, created: Vec::new() }
    }

    fn create(&mut self, name: &str, category: Category) -> &Product {
        let p = Product { id: self.next_id, name: name.to_string(), category };
        self.next_id += 1;
        self.created.push(p);
        self.created.last().unwrap()
    }

    fn count_in(&self, category: Category) -> usize {
        self.created.iter().filter(|p| p.category == category).count()
    }
}

fn main() {
    let mut factory = ProductFactory::new(41);
    let first_sku = factory.create("bread", Category::Food).sku();
    println!("first: {}", first_sku);
    factory.create("screwdriver set", Category::Tool);
    factory.create("yo-yo", Category::Toy);
    factory.create("apples", Category::Food);
    let last = factory.create("construction crane model", Category::Toy);
    println!("last: {}", last);
    for p in &factory.created {
        println!("{}", p);
    }
    for c in Category::ALL.iter() {
        println!("{:?}: {}", c, factory.count_in(*c));
    }
    println!("max name {}, prefix {}", Product::MAX_NAME, Product::PREFIX);
}
