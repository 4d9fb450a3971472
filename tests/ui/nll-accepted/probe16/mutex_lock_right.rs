// Mutex::lock().unwrap() used to push and add, a guard dropped before the next lock.
use std::sync::Mutex;
fn main() {
    let m = Mutex::new(vec![1]);
    m.lock().unwrap().push(2);
    let c = Mutex::new(0);
    *c.lock().unwrap() += 1;
    {
        let g = m.lock().unwrap();
        println!("{}", g.len());
    }
    println!("{:?} {}", m.lock().unwrap(), c.lock().unwrap());
}
