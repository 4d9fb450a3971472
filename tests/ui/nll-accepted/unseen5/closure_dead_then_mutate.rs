// A closure borrowing a Vec is no longer used, so the Vec can be mutated while the closure is in scope.
fn main() {
    let mut items = vec![3, 1, 2];
    let summary = || format!("{} items, max {:?}", items.len(), items.iter().max());
    println!("{}", summary());
    items.push(9);
    items.sort();
    let mut grow = |x| items.push(x);
    grow(10);
    grow(11);
    println!("{:?}", items);
}
