//@ compile-fail
// A Vec iterated by value inside an outer loop is moved on the first pass (E0382)
fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    for round in 0..2 {
        for n in names { //~ ERROR E0382
            println!("round {}: {}", round, n);
        }
    }
}
