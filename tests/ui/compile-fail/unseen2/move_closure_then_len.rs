//@ compile-fail
// A `move` closure takes ownership of the vector; the vector cannot be used afterwards.
fn main() {
    let data = vec![4, 5, 6];
    let add_sum = move |x: i32| data.iter().sum::<i32>() + x;
    println!("{}", add_sum(1));
    println!("{}", data.len()); //~ ERROR E0382
}
