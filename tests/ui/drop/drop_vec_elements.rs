// Vec elements drop in index order when the Vec drops; arrays too.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3)];
    println!("len {}", v.len());
    drop(v);
    println!("--");
    let _arr = [Noisy(10), Noisy(11)];
    let mut w = vec![Noisy(20), Noisy(21), Noisy(22)];
    let popped = w.pop();
    println!("popped {}", popped.as_ref().unwrap().0);
    w.remove(0);
    println!("end of main");
}
