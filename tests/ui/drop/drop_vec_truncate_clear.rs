// truncate and clear drop the removed elements immediately, front to back.
struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v: Vec<Noisy> = (1..=5).map(Noisy).collect();
    println!("truncate(3)");
    v.truncate(3);
    println!("clear");
    v.clear();
    println!("len {} cap>=5 {}", v.len(), v.capacity() >= 5);
    v.push(Noisy(9));
    println!("end of main");
}
