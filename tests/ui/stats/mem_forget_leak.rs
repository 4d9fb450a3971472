// mem::forget skips the destructor: the Vec's buffer is leaked and Drop never prints.
struct Noisy(Vec<u64>);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop with {} items", self.0.len());
    }
}

fn main() {
    let a = Noisy(vec![1, 2, 3, 4]);
    let b = Noisy(vec![5, 6]);
    std::mem::forget(a);
    println!("forgot a");
    drop(b);
}
