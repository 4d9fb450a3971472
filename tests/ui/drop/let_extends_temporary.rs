// `let x = &temp();` extends the temporary to the end of the enclosing block.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    {
        let r = &Noisy("extended");
        println!("using {}", r.0);
        let _x = Noisy("x");
        println!("end of block");
    }
    println!("--");
    let s = &String::from("also extended");
    println!("{s}");
    let pair = (Noisy("tuple.0"), &Noisy("tuple.1 temp"));
    println!("have {} {}", pair.0.0, pair.1.0);
}
