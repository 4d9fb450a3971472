// Temporaries in a match scrutinee live until the end of the match.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn code(&self) -> u8 {
        self.0.len() as u8
    }
}

fn main() {
    match Noisy("scrutinee").code() {
        9 => println!("arm nine"),
        _ => println!("other arm"),
    }
    println!("after match");
    if Noisy("cond").code() > 0 {
        println!("in if body");
    }
    println!("end of main");
}
