// A stack of plates with Drop: truncate, pop, mem::drop and scope end each drop plates in their own order.
struct Plate {
    id: u32,
    pattern: &'static str,
}

impl Drop for Plate {
    fn drop(&mut self) {
        println!("  drop plate {} ({})", self.id, self.pattern);
    }
}

struct Cupboard {
    label: String,
    stack: Vec<Plate>,
}

impl Drop for Cupboard {
    fn drop(&mut self) {
        println!("closing cupboard {} with {} plates", self.label, self.stack.len());
    }
}

fn stack(n: u32, pattern: &'static str) -> Vec<Plate> {
    (1..=n).map(|id| Plate { id, pattern }).collect()
}

fn main() {
    let mut plates = stack(6, "blue");
    println!("truncate to 4:");
    plates.truncate(4);
    println!("pop:");
    if let Some(top) = plates.pop() {
        println!("  took plate {}", top.id);
    }
    println!("remove(0):");
    let bottom = plates.remove(0);
    println!("mem::drop(bottom):");
    drop(bottom);
    println!("replace slot 0:");
    plates[0] = Plate { id: 10, pattern: "red" };
    {
        println!("inner scope:");
        let _saucer = Plate { id: 99, pattern: "saucer" };
        let _ = Plate { id: 98, pattern: "wildcard" };
        println!("leaving inner scope");
    }
    let cupboard = Cupboard { label: String::from("kitchen"), stack: plates };
    println!("clear via retain:");
    let mut spare = stack(3, "green");
    spare.retain(|p| p.id != 2);
    println!("spare has {}", spare.len());
    println!("end of main");
    let _keep = &cupboard;
}
