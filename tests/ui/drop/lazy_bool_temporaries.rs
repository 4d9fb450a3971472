// The operands of && and || are terminating scopes: their temporaries are dropped before the other operand runs.
struct Noisy(&'static str, i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(name: &'static str, v: i32) -> Noisy {
    println!("make {}", name);
    Noisy(name, v)
}

fn main() {
    let both = make("a", 1).1 > 0 && make("b", 2).1 > 0;
    println!("both = {}", both);
    let either = make("c", 0).1 > 0 || make("d", 3).1 > 0;
    println!("either = {}", either);
    if make("e", 1).1 == 1 && make("f", 1).1 == 1 || make("g", 0).1 == 1 {
        println!("in if");
    }
    let v = vec![1, 2, 3];
    let ok = v.iter().map(|x| x * 2).collect::<Vec<_>>().len() == 3 && vec![0; 4].len() == 4;
    println!("ok = {}", ok);
    println!("{}", make("h", 5).1 == 5 && { let t = make("i", 6); t.1 == 6 });
}
