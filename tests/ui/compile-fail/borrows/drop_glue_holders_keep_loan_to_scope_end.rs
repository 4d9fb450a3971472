//@ compile-fail
// Values with drop glue that hold a borrow (a tuple and a moving closure owning a Drop type) keep the loan until their scope ends
struct Noisy<'a>(&'a Vec<i32>);

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        println!("drop {}", self.0.len());
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    let pair = (Noisy(&v), 1);
    println!("{}", pair.1);
    v.push(4); //~ ERROR E0502
    let mut u = vec![1];
    let n = Noisy(&u);
    let f = move || n.0.len();
    println!("{}", f());
    u.push(2); //~ ERROR E0502
}
