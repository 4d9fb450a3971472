// Match guards add a boolean condition to an arm.
fn main() {
    let pairs = [(2, -2), (3, 3), (4, 1), (0, 5)];
    for pair in pairs {
        match pair {
            (x, y) if x + y == 0 => println!("{pair:?}: opposites"),
            (x, y) if x == y => println!("{pair:?}: twins"),
            (x, _) if x % 2 == 0 && x > 0 => println!("{pair:?}: positive even first"),
            _ => println!("{pair:?}: nothing special"),
        }
    }
    let num = Some(4);
    match num {
        Some(x) if x % 2 == 0 => println!("The number {x} is even"),
        Some(x) => println!("The number {x} is odd"),
        None => (),
    }
}
