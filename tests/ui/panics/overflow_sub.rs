// Unsigned subtraction below zero panics with "attempt to subtract with overflow".
fn main() {
    let len: usize = 3;
    let mut steps = 0usize;
    for i in 0..5usize {
        steps += 1;
        println!("{}", len - i);
    }
    println!("{steps}");
}
