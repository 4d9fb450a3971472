// A Java bean: private-looking fields, getters returning &String, setters with validation returning Result<(), String>.
#[derive(Debug)]
struct Person {
    first_name: String,
    last_name: String,
    age: u32,
    emails: Vec<String>,
}

impl Person {
    pub fn new(first_name: &str, last_name: &str, age: u32) -> Person {
        Person { first_name: first_name.to_string(), last_name: last_name.to_string(), age, emails: Vec::new() }
    }

    pub fn get_first_name(&self) -> &String {
        &self.first_name
    }

    pub fn get_last_name(&self) -> &str {
        &self.last_name
    }

    pub fn get_age(&self) -> u32 {
        self.age
    }

    pub fn get_emails(&self) -> &Vec<String> {
        &self.emails
    }

    pub fn set_first_name(&mut self, name: String) -> Result<(), String> {
        if name.trim().is_empty() {
            return Err("first name cannot be empty".to_string());
        }
        self.first_name = name;
        Ok(())
    }

    pub fn set_age(&mut self, age: u32) -> Result<(), String> {
        if age > 150 {
            Err(format!("age {} is not realistic", age))
        } else {
            self.age = age;
            Ok(())
        }
    }

    pub fn add_email(&mut self, email: &str) -> Result<(), String> {
        if !email.contains('@') {
            return Err(format!("invalid email: {}", email));
        }
        if self.emails.iter().any(|e| e == email) {
            return Err(format!("duplicate email: {}", email));
        }
        self.emails.push(email.to_string());
        Ok(())
    }

    pub fn get_full_name(&self) -> String {
        format!("{} {}", self.get_first_name(), self.get_last_name())
    }
}

fn main() {
    let mut p = Person::new("john", "Smith", 30);
    println!("{} is {}", p.get_full_name(), p.get_age());

    let results = vec![
        p.set_first_name("John".to_string()),
        p.set_first_name("   ".to_string()),
        p.set_age(31),
        p.set_age(200),
        p.add_email("john@example.com"),
        p.add_email("john.example.com"),
        p.add_email("john@example.com"),
        p.add_email("js@work.org"),
    ];
    for r in &results {
        match r {
            Ok(()) => println!("ok"),
            Err(msg) => println!("rejected: {}", msg),
        }
    }
    let name_len = p.get_first_name().len();
    println!("{} ({} letters) is {}", p.get_full_name(), name_len, p.get_age());
    println!("emails: {:?}", p.get_emails());
    let domains: Vec<&str> = p.get_emails().iter().filter_map(|e| e.split('@').nth(1)).collect();
    println!("domains: {:?}", domains);
    println!("{:?}", p);
}
