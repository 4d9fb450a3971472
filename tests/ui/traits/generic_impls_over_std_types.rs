// Generic impls instantiated with std types: Display of a wrapper around String, Debug of a
// generic list, and derived comparisons that call a user's generic PartialOrd/Ord impl.
use std::cmp::Ordering;
use std::fmt;

struct Labelled<T> {
    label: &'static str,
    value: T,
}

impl<T: fmt::Display> fmt::Display for Labelled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}=[{:>6}]", self.label, self.value)
    }
}

struct Bag<T> {
    items: Vec<T>,
}

impl<T: fmt::Debug> fmt::Debug for Bag<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Bag")?;
        for it in &self.items {
            write!(f, " <{:?}>", it)?;
        }
        Ok(())
    }
}

#[derive(Debug, PartialEq, Eq)]
struct Loose<T>(T);

impl<T: Ord> PartialOrd for Loose<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: Ord> Ord for Loose<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0) // reversed on purpose
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry<T: Ord> {
    rank: Loose<T>,
    name: String,
}

fn main() {
    println!("{}", Labelled { label: "n", value: 42 });
    println!("{}", Labelled { label: "s", value: String::from("owned") });
    println!("{}", Labelled { label: "r", value: "borrowed" });
    println!("{}", Labelled { label: "nested", value: Labelled { label: "in", value: String::from("x") } });
    println!("{:?}", Bag { items: vec![String::from("a"), String::from("b")] });
    println!("{:?}", Bag { items: vec![Some(1.5), None] });

    let mut entries = vec![
        Entry { rank: Loose(String::from("b")), name: String::from("second") },
        Entry { rank: Loose(String::from("c")), name: String::from("first") },
        Entry { rank: Loose(String::from("a")), name: String::from("third") },
        Entry { rank: Loose(String::from("c")), name: String::from("also first") },
    ];
    entries.sort();
    for e in &entries {
        println!("{:?} {}", e.rank, e.name);
    }
    println!("{}", entries[0] < entries[1]);
    println!("{:?}", Loose(3).partial_cmp(&Loose(5)));
    println!("{:?}", entries.iter().max().map(|e| &e.name));
}
