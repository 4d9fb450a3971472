// Cloning copies heap data (a new allocation), moving only copies the pointer, length and capacity.
#[derive(Clone, Debug)]
struct Student {
    name: String,
    grades: Vec<u8>,
}

fn average(s: &Student) -> f64 {
    let total: u32 = s.grades.iter().map(|&g| g as u32).sum();
    total as f64 / s.grades.len() as f64
}

fn main() {
    let alice = Student { name: String::from("Alice"), grades: vec![12, 15, 18] };
    let copy = alice.clone();
    let moved = alice;
    println!("{:?}", copy);
    println!("{} {:.2}", moved.name, average(&moved));

    let mut class = Vec::with_capacity(3);
    class.push(moved);
    class.push(copy.clone());
    class.push(Student { name: String::from("Bob"), grades: vec![9, 11] });
    class[1].name.push_str(" (copie)");
    for s in &class {
        println!("{:<16} {:.2} cap {}", s.name, average(s), s.grades.capacity());
    }
    println!("original copy still here: {}", copy.name);
    let x = 10;
    let y = x;
    println!("integers are Copy: {} {}", x, y);
}
