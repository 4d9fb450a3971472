// A value moved in a loop and reassigned before the next iteration.
fn main() {
    let mut s = String::from("a");
    for i in 0..3 {
        let t = s;
        println!("{}", t);
        s = format!("{}", i);
    }
    println!("{}", s);
}
