//@ compile-fail
// An elided `&` in the bounds (the lifetime of `&self`) is captured, so `use<>` may not leave it out.
struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn evens(&self) -> impl Iterator<Item = &i32> + use<> { //~ ERROR not mentioned in `use<...>`
        self.items.iter().filter(|x| **x % 2 == 0)
    }
}

fn main() {
    let b = Bag { items: vec![1, 2] };
    for x in b.evens() {
        println!("{}", x);
    }
}
