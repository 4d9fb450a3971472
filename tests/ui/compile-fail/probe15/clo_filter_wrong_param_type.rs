//@ compile-fail
// filter's closure taking i32 where it receives &i32 (E0631).
fn main() {
    let v = vec![1, 2, 3];
    let n = v.iter().filter(|x: i32| x > 1).count(); //~ ERROR E0631
    //~^ ERROR E0599
    println!("{}", n);
}
