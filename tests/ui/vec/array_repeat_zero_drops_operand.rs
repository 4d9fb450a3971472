// `[value; 0]` evaluates its operand and drops it: a String's buffer is freed and a Drop type says so.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn empty_names() -> [String; 0] {
    [String::from("unused"); 0]
}

fn main() {
    let none: [Noisy; 0] = [Noisy("zero"); 0];
    println!("made an empty array of {}", none.len());
    let names = empty_names();
    let one = [Noisy("one"); 1];
    println!("{} names, {} noisy", names.len(), one.len());
    let _keep = Noisy("kept");
    let total: usize = [Vec::<u8>::with_capacity(8); 0].len() + names.len();
    println!("total {}", total);
}
