// Panic unwinding runs destructors in reverse order; a guard struct reports while a checked division fails.
struct Guard {
    name: &'static str,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("cleanup {}", self.name);
    }
}

fn average(values: &[i32]) -> i32 {
    let _g = Guard { name: "average" };
    let total: i32 = values.iter().sum();
    total / values.len() as i32
}

fn stage(n: u32, data: &[i32]) -> i32 {
    let _g = Guard { name: if n == 1 { "stage one" } else { "stage two" } };
    let avg = average(data);
    println!("stage {} average {}", n, avg);
    avg
}

fn main() {
    let _outer = Guard { name: "main" };
    let boxed = Box::new(Guard { name: "boxed" });
    let v = vec![Guard { name: "v0" }, Guard { name: "v1" }];
    println!("{}", stage(1, &[4, 8, 15, 16, 23, 42]));
    {
        let _inner = Guard { name: "inner block" };
    }
    let moved = v;
    println!("moved {} guards, boxed is {}", moved.len(), boxed.name);
    let empty: Vec<i32> = Vec::new();
    let r = stage(2, &empty);
    println!("never {}", r);
}
