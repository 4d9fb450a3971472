//@ compile-fail
// A `move` closure takes the vector: printing it afterwards uses a moved value.
fn main() {
    let data = vec![1, 2, 3];
    let sum = move || data.iter().sum::<i32>();
    println!("{}", sum());
    println!("{:?}", data); //~ ERROR E0382
}
