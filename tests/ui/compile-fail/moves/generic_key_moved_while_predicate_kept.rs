//@ compile-fail
// A predicate closure borrowing a generic key is still called after the key was moved.
fn insert_unique<T: PartialEq>(items: &mut Vec<T>, key: T) -> usize {
    let mut matches = |x: &T| *x == key;
    let found = items.iter().filter(|x| matches(x)).count();
    items.push(key); //~ ERROR E0505
    if matches(&items[0]) { found + 1 } else { found }
}

fn main() {
    let mut v = vec![1, 2];
    println!("{}", insert_unique(&mut v, 2));
}
