// A panic unwinds the stack: values already built are dropped in reverse order, as at a normal exit.
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

fn risky(level: u32) -> u32 {
    let _g = Guard("risky frame");
    let buffer = vec![level; 4];
    if level > 2 {
        panic!("level {} too deep", level);
    }
    buffer.iter().sum()
}

fn safe_sum(values: &[u32]) -> u32 {
    let _g = Guard("safe_sum");
    values.iter().sum()
}

fn main() {
    let _outer = Guard("main outer");
    let names = vec![String::from("a"), String::from("b")];
    println!("level 1 -> {}", risky(1));
    println!("level 2 -> {}", risky(2));
    let _inner = Guard("main inner");
    println!("safe {}", safe_sum(&[1, 2, 3]));
    println!("names {}", names.len());
    println!("level 3 -> {}", risky(3));
    println!("never printed");
}
