//@ compile-fail
// A method meant to add a student takes &self instead of &mut self.
struct Course {
    students: Vec<String>,
}

impl Course {
    fn enroll(&self, name: &str) {
        self.students.push(name.to_string()); //~ ERROR E0596
    }
}

fn main() {
    let mut c = Course { students: Vec::new() };
    c.enroll("lin");
    println!("{:?}", c.students);
}
