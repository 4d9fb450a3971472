// std::process::exit ends the program with the given code without running destructors.
struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("never printed");
    }
}

fn main() {
    let _n = Noisy;
    println!("exiting with 3");
    std::process::exit(3);
}
