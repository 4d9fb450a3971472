// A generic in-memory repository for any entity implementing an Entity trait, with trait-bounded queries and updates.
use std::collections::BTreeMap;
use std::fmt::Debug;

trait Entity: Debug + Clone {
    fn id(&self) -> u32;
    fn summary(&self) -> String;
}

#[derive(Debug, Clone)]
struct Customer {
    id: u32,
    name: String,
    city: String,
}

#[derive(Debug, Clone)]
struct Order {
    id: u32,
    customer: u32,
    amount: u32,
}

impl Entity for Customer {
    fn id(&self) -> u32 {
        self.id
    }
    fn summary(&self) -> String {
        format!("{} from {}", self.name, self.city)
    }
}

impl Entity for Order {
    fn id(&self) -> u32 {
        self.id
    }
    fn summary(&self) -> String {
        format!("order {} for customer {}: {}", self.id, self.customer, self.amount)
    }
}

struct Repo<T: Entity> {
    items: BTreeMap<u32, T>,
}

impl<T: Entity> Repo<T> {
    fn new() -> Self {
        Repo { items: BTreeMap::new() }
    }

    fn save(&mut self, item: T) -> Option<T> {
        self.items.insert(item.id(), item)
    }

    fn find<P: Fn(&T) -> bool>(&self, pred: P) -> Vec<&T> {
        self.items.values().filter(|x| pred(x)).collect()
    }

    fn update<F>(&mut self, id: u32, f: F) -> bool
    where
        F: FnOnce(&mut T),
    {
        match self.items.get_mut(&id) {
            Some(item) => {
                f(item);
                true
            }
            None => false,
        }
    }

    fn dump(&self) {
        for item in self.items.values() {
            println!("  #{} {}", item.id(), item.summary());
        }
    }
}

fn main() {
    let mut customers: Repo<Customer> = Repo::new();
    let mut orders = Repo::new();
    for (id, name, city) in [(2, "Bea", "Porto"), (1, "Ali", "Lisbon"), (3, "Cid", "Porto")] {
        customers.save(Customer { id, name: name.to_string(), city: city.to_string() });
    }
    for (id, customer, amount) in [(10, 1, 250), (11, 3, 40), (12, 1, 75), (13, 2, 310)] {
        orders.save(Order { id, customer, amount });
    }
    let replaced = customers.save(Customer { id: 3, name: "Cid".to_string(), city: "Faro".to_string() });
    println!("replaced: {:?}", replaced);
    customers.dump();
    orders.dump();

    let porto = customers.find(|c| c.city == "Porto");
    println!("in Porto: {:?}", porto.iter().map(|c| &c.name).collect::<Vec<_>>());
    let big = orders.find(|o| o.amount >= 100);
    println!("big orders: {}", big.len());
    let bonus = 15;
    let changed = orders.update(11, |o| o.amount += bonus);
    let missing = orders.update(99, |o| o.amount = 0);
    println!("updated 11: {}, updated 99: {}", changed, missing);
    for c in customers.items.values() {
        let total: u32 = orders.find(|o| o.customer == c.id).iter().map(|o| o.amount).sum();
        println!("{:<4} spent {:>4}", c.name, total);
    }
}
