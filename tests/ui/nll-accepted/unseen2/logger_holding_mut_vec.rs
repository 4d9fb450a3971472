// A struct holding `&mut Vec` is used, then the Vec is read once the struct is no longer used.
struct Logger<'a> {
    lines: &'a mut Vec<String>,
    prefix: &'a str,
}

impl<'a> Logger<'a> {
    fn log(&mut self, msg: &str) {
        self.lines.push(format!("{}{}", self.prefix, msg));
    }
}

fn main() {
    let mut lines = Vec::new();
    let prefix = String::from("> ");
    let mut logger = Logger { lines: &mut lines, prefix: &prefix };
    logger.log("start");
    logger.log("stop");
    println!("{:?}", lines);
}
