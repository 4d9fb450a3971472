//@ compile-fail
// A helper builds a ring buffer locally and returns an iterator borrowing it.
struct Ring {
    slots: Vec<Option<i32>>,
}

impl Ring {
    fn iter(&self) -> impl Iterator<Item = &i32> + '_ {
        self.slots.iter().flatten()
    }
}

fn recent() -> impl Iterator<Item = &'static i32> {
    let ring = Ring { slots: vec![Some(1), None, Some(3)] };
    ring.iter() //~ ERROR E0515
}

fn main() {
    for x in recent() {
        println!("{}", x);
    }
}
