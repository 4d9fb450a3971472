//@ compile-fail
// A stack method returning an iterator whose filter closure borrows a local of the method.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn multiples(&self, of: i32) -> impl Iterator<Item = &i32> + '_ {
        let m = of.abs();
        self.items.iter().filter(|x| *x % m == 0) //~ ERROR E0373
    }
}

fn main() {
    let s = Stack { items: vec![2, 3, 4, 6] };
    println!("{:?}", s.multiples(2).collect::<Vec<_>>());
}
