// A reference variable is reassigned to point at another Vec element, and the Vec changed after its last use.
fn main() {
    let mut temps = vec![18, 25, 21, 30, 19];
    let mut hottest = &temps[0];
    for t in &temps {
        if t > hottest {
            hottest = t;
        }
    }
    let h = *hottest;
    temps.retain(|&t| t != h);
    println!("hottest {} removed: {:?}", h, temps);
}
