// A generic repository interface as in Spring: trait Repository<T>, an in-memory implementation, find_by with closures.
use std::fmt::Debug;

trait Entity: Clone + Debug {
    fn id(&self) -> u32;
}

trait Repository<T: Entity> {
    fn save(&mut self, item: T) -> Option<T>;
    fn find_by_id(&self, id: u32) -> Option<&T>;
    fn find_all(&self) -> Vec<&T>;
    fn delete(&mut self, id: u32) -> bool;

    fn count(&self) -> usize {
        self.find_all().len()
    }

    fn exists(&self, id: u32) -> bool {
        self.find_by_id(id).is_some()
    }
}

struct InMemoryRepo<T> {
    items: Vec<T>,
}

impl<T: Entity> InMemoryRepo<T> {
    fn new() -> Self {
        InMemoryRepo { items: Vec::new() }
    }

    fn find_by<P: Fn(&T) -> bool>(&self, predicate: P) -> Vec<&T> {
        self.items.iter().filter(|i| predicate(i)).collect()
    }
}

impl<T: Entity> Repository<T> for InMemoryRepo<T> {
    fn save(&mut self, item: T) -> Option<T> {
        match self.items.iter().position(|i| i.id() == item.id()) {
            Some(pos) => Some(std::mem::replace(&mut self.items[pos], item)),
            None => {
                self.items.push(item);
                None
            }
        }
    }

    fn find_by_id(&self, id: u32) -> Option<&T> {
        self.items.iter().find(|i| i.id() == id)
    }

    fn find_all(&self) -> Vec<&T> {
        let mut all: Vec<&T> = self.items.iter().collect();
        all.sort_by_key(|i| i.id());
        all
    }

    fn delete(&mut self, id: u32) -> bool {
        let before = self.items.len();
        self.items.retain(|i| i.id() != id);
        self.items.len() < before
    }
}

#[derive(Debug, Clone)]
struct Customer {
    id: u32,
    name: String,
    vip: bool,
}

impl Entity for Customer {
    fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let mut repo: InMemoryRepo<Customer> = InMemoryRepo::new();
    for (id, name, vip) in [(3, "Carla", false), (1, "Abe", true), (2, "Bea", false)] {
        repo.save(Customer { id, name: name.to_string(), vip });
    }
    let old = repo.save(Customer { id: 2, name: "Beatrice".to_string(), vip: true });
    println!("replaced: {:?}", old);
    println!("count {}, exists(2) {}, exists(9) {}", repo.count(), repo.exists(2), repo.exists(9));
    for c in repo.find_all() {
        println!("{:?}", c);
    }
    let vips: Vec<&String> = repo.find_by(|c| c.vip).iter().map(|c| &c.name).collect();
    println!("vips: {:?}", vips);
    let prefix = "B";
    println!("starting with B: {}", repo.find_by(|c| c.name.starts_with(prefix)).len());
    println!("delete 1: {}, delete 1 again: {}", repo.delete(1), repo.delete(1));
    println!("names: {:?}", repo.find_all().iter().map(|c| c.name.as_str()).collect::<Vec<_>>());
    println!("find 3: {:?}", repo.find_by_id(3).map(|c| c.name.len()));
}
