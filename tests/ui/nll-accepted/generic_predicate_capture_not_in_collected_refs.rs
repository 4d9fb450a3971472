// A filter closure borrows a generic predicate parameter: the collected `Vec<&T>` borrows only `self`.
use std::collections::BTreeMap;

struct Repo<T> {
    items: BTreeMap<u32, T>,
}

impl<T> Repo<T> {
    fn find<P: Fn(&T) -> bool>(&self, pred: P) -> Vec<&T> {
        self.items.values().filter(|x| pred(x)).collect()
    }

    fn first<P: Fn(&T) -> bool>(&self, pred: P) -> Option<&T> {
        self.items.values().find(|x| pred(x))
    }
}

fn main() {
    let mut r = Repo { items: BTreeMap::new() };
    for (k, v) in [(1, 5), (2, 1), (3, 9)] {
        r.items.insert(k, v);
    }
    println!("{:?} {:?}", r.find(|x| *x > 2), r.first(|x| *x < 5));
}
