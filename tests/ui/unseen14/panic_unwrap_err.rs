// A panic from expect on an Err while parsing a config, with Drop values unwinding (exit 101)
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

fn parse_port(text: &str) -> Result<u16, String> {
    text.trim().parse::<u16>().map_err(|e| format!("bad port '{}': {}", text, e))
}

fn main() {
    let _g = Guard("main");
    let lines = ["8080", " 443 ", "70000"];
    let mut ports = Vec::new();
    for line in lines {
        let _step = Guard(line);
        let port = parse_port(line).expect("config must be valid");
        println!("port {}", port);
        ports.push(port);
    }
    println!("all ports: {:?}", ports);
}
